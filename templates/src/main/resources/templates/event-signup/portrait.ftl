<#include "../_common.ftl">
<#include "_when.ftl">
<#-- Portrait screens: picture (or a brand band) on top, the event's details, then QR code and call to action. -->
<#assign u = width / 100>
<#assign v = height / 100>
<#assign left = r(u * 6)>
<#assign fullW = r(u * 88)>
<#assign qrW = r(u * 50)>
<slide background="paper">
  <rect x="0" y="0" w="${width}" h="${r(v * 26)}" fill="brand"/>
<#if f.image?has_content>
  <image x="0" y="0" w="${width}" h="${r(v * 26)}" ref="${f.image}" fit="cover"/>
</#if>
  <text x="${left}" y="${r(v * 28)}" w="${fullW}" h="${r(v * 13)}" size="${r(v * 5.5)}" min-size="${r(v * 2.5)}" weight="bold" color="ink" align="center" valign="middle" max-lines="2">${f.title}</text>
<#if when()?has_content>
  <text x="${left}" y="${r(v * 42)}" w="${fullW}" h="${r(v * 5)}" size="${r(v * 3.5)}" min-size="${r(v * 1.8)}" weight="bold" color="accent" align="center" valign="middle">${when()}</text>
</#if>
<#if f.place?has_content>
  <text x="${left}" y="${r(v * 47.5)}" w="${fullW}" h="${r(v * 4)}" size="${r(v * 2.8)}" min-size="${r(v * 1.5)}" color="ink" align="center" valign="middle">${f.place}</text>
</#if>
<#if f.description?has_content>
  <text x="${left}" y="${r(v * 52.5)}" w="${fullW}" h="${r(v * 10)}" size="${r(v * 2.5)}" min-size="${r(v * 1.4)}" color="muted" align="center" max-lines="4">${f.description}</text>
</#if>
  <qr x="${mx(r(u * 25), qrW)}" y="${r(v * 64)}" w="${qrW}" h="${r(v * 27)}" data="${f.signupUrl}"/>
<#if f.cta?has_content>
  <text x="${left}" y="${r(v * 92)}" w="${fullW}" h="${r(v * 6)}" size="${r(v * 3.5)}" min-size="${r(v * 1.8)}" weight="bold" color="ink" align="center" valign="middle">${f.cta}</text>
</#if>
</slide>
