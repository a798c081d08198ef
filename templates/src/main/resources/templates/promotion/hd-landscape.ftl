<#include "../_common.ftl">
<#assign half = r(width / 2)>
<slide background="paper">
<#if f.image?has_content>
  <image x="${mx(0, half)}" y="0" w="${half}" h="${height}" ref="${f.image}" fit="cover"/>
<#else>
  <rect x="${mx(0, half)}" y="0" w="${half}" h="${height}" fill="brand"/>
  <text x="${mx(60, half - 120)}" y="${r(height * 0.3)}" w="${half - 120}" h="${r(height * 0.4)}" size="260" min-size="80" weight="bold" color="brand-ink" align="center" valign="middle">${f.percentOff?has_content?then("-" + f.percentOff, f.nowPrice)}</text>
</#if>
<#if f.percentOff?has_content>
  <rect x="${mx(half + 80, 300)}" y="70" w="300" h="120" fill="accent" radius="20"/>
  <text x="${mx(half + 80, 300)}" y="70" w="300" h="120" size="80" min-size="40" weight="bold" color="accent-ink" align="center" valign="middle">-${f.percentOff}</text>
</#if>
  <text x="${mx(half + 80, half - 160)}" y="230" w="${half - 160}" h="300" size="96" min-size="44" weight="bold" color="ink" max-lines="3" valign="bottom">${f.headline}</text>
  <text x="${mx(half + 80, half - 160)}" y="550" w="${half - 160}" h="130" size="44" min-size="28" color="muted" max-lines="2">${f.body}</text>
<#if f.wasPrice?has_content>
  <text x="${mx(half + 80, half - 160)}" y="690" w="${half - 160}" h="90" size="64" min-size="32" color="muted" strike="true">${f.wasPrice}</text>
</#if>
  <text x="${mx(half + 80, half - 160)}" y="780" w="${half - 160}" h="180" size="150" min-size="60" weight="bold" color="accent">${f.nowPrice}</text>
<#if f.validUntil?has_content>
  <text x="${mx(half + 80, half - 160)}" y="980" w="${half - 160}" h="60" size="36" min-size="20" color="muted">${f.validLabel?has_content?then(f.validLabel + " ", "")}${f.validUntil}</text>
</#if>
</slide>
