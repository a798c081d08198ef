<#include "../_common.ftl">
<#include "_when.ftl">
<#-- 296x128 black/white/red label. Fixed boxes (left-to-right, mirrored for right-to-left):
       title  6,  2  162x38      qr  172, 4  120x120
       when   6, 42  162x22  (accent)
       place  6, 66  162x20
       cta    6, 88  162x36
     Description and picture are left out: they do not fit beside a QR code a phone can read. -->
<#assign lead = rtl?then("right", "left")>
<slide background="paper">
  <text x="${mx(6, 162)}" y="2" w="162" h="38" size="15" min-size="10" weight="bold" color="ink" align="${lead}" max-lines="2">${f.title}</text>
<#if when()?has_content>
  <text x="${mx(6, 162)}" y="42" w="162" h="22" size="14" min-size="9" weight="bold" color="accent" align="${lead}" valign="middle">${when()}</text>
</#if>
<#if f.place?has_content>
  <text x="${mx(6, 162)}" y="66" w="162" h="20" size="12" min-size="9" color="ink" align="${lead}" valign="middle">${f.place}</text>
</#if>
<#if f.cta?has_content>
  <text x="${mx(6, 162)}" y="88" w="162" h="36" size="13" min-size="9" weight="bold" color="ink" align="${lead}" valign="bottom" max-lines="2">${f.cta}</text>
</#if>
  <qr x="${mx(172, 120)}" y="4" w="120" h="120" data="${f.signupUrl}"/>
</slide>
