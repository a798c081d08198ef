<#include "../_common.ftl">
<#include "_scale.ftl">
<#-- 296x128 black/white/red label at a till. Fixed boxes (left-to-right, mirrored for right-to-left):
       headline  6,  2  160x44      qr  170, 4  122x122
       prompt    6, 48  160x40
       scale     6, 92  160x32  (accent)
     The message is left out: at this size it would crowd the QR code, which is what the label is for. -->
<#assign lead = rtl?then("right", "left")>
<slide background="paper">
  <text x="${mx(6, 160)}" y="2" w="160" h="44" size="16" min-size="10" weight="bold" color="ink" align="${lead}" max-lines="2">${f.headline}</text>
<#if f.prompt?has_content>
  <text x="${mx(6, 160)}" y="48" w="160" h="40" size="13" min-size="9" color="ink" align="${lead}" max-lines="2">${f.prompt}</text>
</#if>
<#if scaleHint()?has_content>
  <text x="${mx(6, 160)}" y="92" w="160" h="32" size="22" min-size="12" weight="bold" color="accent" align="${lead}" valign="middle">${scaleHint()}</text>
</#if>
  <qr x="${mx(170, 122)}" y="4" w="122" h="122" data="${f.feedbackUrl}"/>
</slide>
