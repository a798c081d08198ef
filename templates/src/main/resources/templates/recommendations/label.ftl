<#include "../_common.ftl">
<#-- 296x128 black/white/red label: the title on a red band, then the first three filled products as
     rows of name and price. Fixed boxes (left to right, mirrored for right-to-left languages):
       title      0,  0  296x30 (band), text 6, 0 284x30
       row k      name 6, 32+32k 196x30    price 206, 32+32k 84x30 -->
<#assign lead = rtl?then("right", "left")>
<#assign trail = rtl?then("left", "right")>
<#assign shown = []>
<#list 1..6 as i>
  <#if f["product" + i + "Name"]?has_content && shown?size lt 3><#assign shown = shown + [i]></#if>
</#list>
<slide background="paper">
  <rect x="0" y="0" w="${width}" h="30" fill="accent"/>
  <text x="6" y="0" w="${width - 12}" h="30" size="17" min-size="9" weight="bold" color="accent-ink" align="${lead}" valign="middle">${f.title}</text>
<#list shown as i>
  <#assign y = 32 + i?index * 32>
  <text x="${mx(6, 196)}" y="${y}" w="196" h="30" size="13" min-size="8" color="ink" align="${lead}" valign="middle" max-lines="2">${f["product" + i + "Name"]}</text>
  <text x="${mx(206, 84)}" y="${y}" w="84" h="30" size="17" min-size="9" weight="bold" color="ink" align="${trail}" valign="middle">${f["product" + i + "Price"]}</text>
</#list>
</slide>
