<#include "../_common.ftl">
<#include "_scale.ftl">
<#-- Landscape signs and e-ink panels. Fixed boxes in percent of the display (left-to-right,
     mirrored for right-to-left languages), none moves when another field is empty:
       headline   4, 8  60x30      qr    68, 8  28x64
       message    4,40  60x20
       prompt     4,64  60x16
       scale      4,82  60x 8  -->
<#assign u = width / 100>
<#assign v = height / 100>
<#assign lead = rtl?then("right", "left")>
<#assign left = r(u * 4)>
<#assign leftW = r(u * 60)>
<#assign side = r(u * 68)>
<#assign sideW = r(u * 28)>
<slide background="paper">
<#if eink>
  <rect x="0" y="0" w="${width}" h="${r(v * 3)}" fill="ink"/>
<#else>
  <rect x="0" y="${r(v * 94)}" w="${width}" h="${height - r(v * 94)}" fill="brand"/>
</#if>
  <text x="${mx(left, leftW)}" y="${r(v * 8)}" w="${leftW}" h="${r(v * 30)}" size="${r(v * 11)}" min-size="${r(v * 4)}" weight="bold" color="ink" align="${lead}" valign="middle" max-lines="2">${f.headline}</text>
<#if f.message?has_content>
  <text x="${mx(left, leftW)}" y="${r(v * 40)}" w="${leftW}" h="${r(v * 20)}" size="${r(v * 6)}" min-size="${r(v * 3)}" color="ink" align="${lead}" max-lines="3">${f.message}</text>
</#if>
<#if f.prompt?has_content>
  <text x="${mx(left, leftW)}" y="${r(v * 64)}" w="${leftW}" h="${r(v * 16)}" size="${r(v * 6.5)}" min-size="${r(v * 3)}" weight="bold" color="${eink?then('ink', 'accent')}" align="${lead}" valign="bottom" max-lines="2">${f.prompt}</text>
</#if>
<#if scaleHint()?has_content>
  <text x="${mx(left, leftW)}" y="${r(v * 82)}" w="${leftW}" h="${r(v * 8)}" size="${r(v * 5)}" min-size="${r(v * 3)}" color="muted" align="${lead}">${scaleHint()}</text>
</#if>
  <qr x="${mx(side, sideW)}" y="${r(v * 8)}" w="${sideW}" h="${r(v * 64)}" data="${f.feedbackUrl}"/>
</slide>
