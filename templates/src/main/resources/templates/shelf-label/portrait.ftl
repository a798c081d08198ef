<#include "../_common.ftl">
<#include "_stock.ftl">
<#-- Portrait screens: the label's fixed boxes stacked, QR code and stock side by side at the bottom. -->
<#assign u = width / 100>
<#assign v = height / 100>
<#assign unit = [width, height]?min / 100>
<#assign lead = rtl?then("right", "left")>
<#assign left = r(u * 6)>
<#assign fullW = r(u * 88)>
<#assign halfW = r(u * 42)>
<slide background="paper">
  <rect x="0" y="${r(v * 96)}" w="${width}" h="${height - r(v * 96)}" fill="brand"/>
  <text x="${left}" y="${r(v * 4)}" w="${fullW}" h="${r(v * 16)}" size="${r(v * 6)}" min-size="${r(v * 2.5)}" weight="bold" color="ink" align="${lead}" max-lines="2">${f.productName}</text>
  <text x="${left}" y="${r(v * 22)}" w="${fullW}" h="${r(v * 18)}" size="${r(v * 14)}" min-size="${r(v * 5)}" weight="bold" color="ink" align="${lead}" valign="middle">${f.price}</text>
<#if f.promoPrice?has_content>
  <rect x="${left}" y="${r(v * 42)}" w="${fullW}" h="${r(v * 14)}" fill="accent" radius="${r(unit * 3)}"/>
  <text x="${left}" y="${r(v * 42)}" w="${fullW}" h="${r(v * 14)}" size="${r(v * 9)}" min-size="${r(v * 3)}" weight="bold" color="accent-ink" align="center" valign="middle">${f.promoPrice}</text>
</#if>
<#if f.unitPrice?has_content>
  <text x="${left}" y="${r(v * 58)}" w="${fullW}" h="${r(v * 6)}" size="${r(v * 4)}" min-size="${r(v * 2)}" color="ink" align="${lead}" valign="middle">${f.unitPrice}${f.unit?has_content?then(" / " + f.unit, "")}</text>
</#if>
<#if f.qr?has_content>
  <qr x="${mx(left, halfW)}" y="${r(v * 67)}" w="${halfW}" h="${r(v * 26)}" data="${f.qr}"/>
</#if>
<@stockMarker x=mx(r(u * 52), halfW) y=r(v * 73) w=halfW h=r(v * 14) size=r(v * 4.5) minSize=r(v * 2) radius=r(unit * 3)/>
</slide>
