<#include "../_common.ftl">
<#-- 296x128 shelf label: name on top, the price in a fixed box, the discount in the accent colour -->
<slide background="paper">
  <text x="6" y="2" w="${width - 12}" h="40" size="17" min-size="11" weight="bold" color="ink" max-lines="2">${f.headline}</text>
<#if f.percentOff?has_content>
  <rect x="${mx(6, 74)}" y="48" w="74" h="34" fill="accent"/>
  <text x="${mx(6, 74)}" y="48" w="74" h="34" size="22" min-size="12" weight="bold" color="accent-ink" align="center" valign="middle">-${f.percentOff}</text>
</#if>
<#if f.wasPrice?has_content>
  <text x="${mx(6, 100)}" y="88" w="100" h="28" size="18" min-size="10" color="ink" strike="true">${f.wasPrice}</text>
</#if>
  <text x="${mx(110, width - 116)}" y="44" w="${width - 116}" h="76" size="46" min-size="18" weight="bold" color="ink" align="end" valign="middle">${f.nowPrice}</text>
</slide>
