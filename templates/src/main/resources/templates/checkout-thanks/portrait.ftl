<#include "../_common.ftl">
<#include "_scale.ftl">
<#-- Portrait screens: headline and message on top, the QR code centred, prompt and scale under it. -->
<#assign u = width / 100>
<#assign v = height / 100>
<#assign left = r(u * 6)>
<#assign fullW = r(u * 88)>
<#assign qrW = r(u * 64)>
<slide background="paper">
  <rect x="0" y="${r(v * 96)}" w="${width}" h="${height - r(v * 96)}" fill="brand"/>
  <text x="${left}" y="${r(v * 4)}" w="${fullW}" h="${r(v * 16)}" size="${r(v * 6)}" min-size="${r(v * 2.5)}" weight="bold" color="ink" align="center" valign="middle" max-lines="3">${f.headline}</text>
<#if f.message?has_content>
  <text x="${left}" y="${r(v * 21)}" w="${fullW}" h="${r(v * 11)}" size="${r(v * 3.2)}" min-size="${r(v * 1.6)}" color="ink" align="center" max-lines="3">${f.message}</text>
</#if>
  <qr x="${mx(r(u * 18), qrW)}" y="${r(v * 34)}" w="${qrW}" h="${r(v * 36)}" data="${f.feedbackUrl}"/>
<#if f.prompt?has_content>
  <text x="${left}" y="${r(v * 72)}" w="${fullW}" h="${r(v * 12)}" size="${r(v * 4)}" min-size="${r(v * 2)}" weight="bold" color="accent" align="center" valign="middle" max-lines="2">${f.prompt}</text>
</#if>
<#if scaleHint()?has_content>
  <text x="${left}" y="${r(v * 86)}" w="${fullW}" h="${r(v * 6)}" size="${r(v * 3.2)}" min-size="${r(v * 1.6)}" color="muted" align="center">${scaleHint()}</text>
</#if>
</slide>
