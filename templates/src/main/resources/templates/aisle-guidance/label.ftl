<#include "../_common.ftl">
<#include "_arrow.ftl">
<#-- 296x128 black/white/red label. Fixed boxes (left to right, mirrored for right-to-left languages;
     the arrow itself keeps pointing the shopper's way):
       arrow panel   0,  0   92x128 (red), arrow 10, 28 72x72
       category     98,  2  192x36        location  98, 38 192x22
       comparison   98, 62   94x64  and  196, 62 94x64: name 18, price 26, note 20 high -->
<#assign lead = rtl?then("right", "left")>
<slide background="paper">
  <rect x="${mx(0, 92)}" y="0" w="92" h="${height}" fill="accent"/>
  <@arrow x=mx(0, 92) + 10 y=28 s=72 direction=f.direction colour="paper"/>
  <text x="${mx(98, 192)}" y="2" w="192" h="36" size="17" min-size="9" weight="bold" color="ink" align="${lead}" valign="middle" max-lines="2">${f.category}</text>
  <text x="${mx(98, 192)}" y="38" w="192" h="22" size="14" min-size="8" color="ink" align="${lead}" valign="middle">${f.location}</text>
<#list [1, 2] as n>
  <#assign cx = 98 + (n - 1) * 98>
  <text x="${mx(cx, 94)}" y="62" w="94" h="18" size="11" min-size="8" color="ink" align="center" valign="middle">${f["compare" + n + "Name"]}</text>
  <text x="${mx(cx, 94)}" y="80" w="94" h="26" size="18" min-size="9" weight="bold" color="ink" align="center" valign="middle">${f["compare" + n + "Price"]}</text>
  <text x="${mx(cx, 94)}" y="106" w="94" h="20" size="12" min-size="8" weight="bold" color="accent" align="center" valign="middle">${f["compare" + n + "Note"]}</text>
</#list>
</slide>
