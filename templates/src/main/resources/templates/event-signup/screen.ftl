<#include "../_common.ftl">
<#include "_when.ftl">
<#-- Landscape signs and e-ink panels. Fixed boxes in percent of the display (left-to-right,
     mirrored for right-to-left languages), none moves when another field is empty:
       title        4, 6  60x26      image  68, 6  28x28
       when         4,34  60x10      qr     68,37  28x42
       place        4,46  60x 8      cta    66,81  32x11
       description  4,57  60x30
     The picture is left out on e-ink: dithered next to the QR code it is noise, not information. -->
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
  <rect x="0" y="${r(v * 95)}" w="${width}" h="${height - r(v * 95)}" fill="brand"/>
</#if>
  <text x="${mx(left, leftW)}" y="${r(v * 6)}" w="${leftW}" h="${r(v * 26)}" size="${r(v * 10)}" min-size="${r(v * 4)}" weight="bold" color="ink" align="${lead}" valign="bottom" max-lines="2">${f.title}</text>
<#if when()?has_content>
  <text x="${mx(left, leftW)}" y="${r(v * 34)}" w="${leftW}" h="${r(v * 10)}" size="${r(v * 7)}" min-size="${r(v * 3)}" weight="bold" color="accent" align="${lead}" valign="middle">${when()}</text>
</#if>
<#if f.place?has_content>
  <text x="${mx(left, leftW)}" y="${r(v * 46)}" w="${leftW}" h="${r(v * 8)}" size="${r(v * 5.5)}" min-size="${r(v * 3)}" color="ink" align="${lead}" valign="middle">${f.place}</text>
</#if>
<#if f.description?has_content>
  <text x="${mx(left, leftW)}" y="${r(v * 57)}" w="${leftW}" h="${r(v * 30)}" size="${r(v * 5)}" min-size="${r(v * 2.5)}" color="${eink?then('ink', 'muted')}" align="${lead}" max-lines="4">${f.description}</text>
</#if>
<#if f.image?has_content && !eink>
  <image x="${mx(side, sideW)}" y="${r(v * 6)}" w="${sideW}" h="${r(v * 28)}" ref="${f.image}" fit="contain"/>
</#if>
  <qr x="${mx(side, sideW)}" y="${r(v * 37)}" w="${sideW}" h="${r(v * 42)}" data="${f.signupUrl}"/>
<#if f.cta?has_content>
  <text x="${mx(r(u * 66), r(u * 32))}" y="${r(v * 81)}" w="${r(u * 32)}" h="${r(v * 11)}" size="${r(v * 5)}" min-size="${r(v * 2.5)}" weight="bold" color="ink" align="center" valign="middle" max-lines="2">${f.cta}</text>
</#if>
</slide>
