<#include "../_common.ftl">
<#assign top = r(height * 0.45)>
<slide background="paper">
<#if f.image?has_content>
  <image x="0" y="0" w="${width}" h="${top}" ref="${f.image}" fit="cover"/>
<#else>
  <rect x="0" y="0" w="${width}" h="${top}" fill="brand"/>
  <text x="60" y="${r(top * 0.2)}" w="${width - 120}" h="${r(top * 0.6)}" size="300" min-size="80" weight="bold" color="brand-ink" align="center" valign="middle">${f.percentOff?has_content?then("-" + f.percentOff, f.nowPrice)}</text>
</#if>
<#if f.percentOff?has_content>
  <rect x="${mx(width - 380, 320)}" y="${top - 70}" w="320" h="140" fill="accent" radius="24"/>
  <text x="${mx(width - 380, 320)}" y="${top - 70}" w="320" h="140" size="90" min-size="40" weight="bold" color="accent-ink" align="center" valign="middle">-${f.percentOff}</text>
</#if>
  <text x="70" y="${top + 110}" w="${width - 140}" h="420" size="110" min-size="48" weight="bold" color="ink" max-lines="3">${f.headline}</text>
  <text x="70" y="${top + 550}" w="${width - 140}" h="180" size="48" min-size="30" color="muted" max-lines="3">${f.body}</text>
<#if f.wasPrice?has_content>
  <text x="70" y="${top + 750}" w="${width - 140}" h="100" size="70" min-size="36" color="muted" strike="true">${f.wasPrice}</text>
</#if>
  <text x="70" y="${top + 850}" w="${width - 140}" h="200" size="170" min-size="70" weight="bold" color="accent">${f.nowPrice}</text>
<#if f.validUntil?has_content>
  <text x="70" y="${height - 100}" w="${width - 140}" h="60" size="38" min-size="22" color="muted">${f.validLabel?has_content?then(f.validLabel + " ", "")}${f.validUntil}</text>
</#if>
</slide>
