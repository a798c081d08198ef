<#include "../_common.ftl">
<#include "_stock.ftl">
<#-- Landscape signs and e-ink panels: the label's fixed boxes, scaled to the display class.
     Name, price, promo and unit price on the left; QR code and stock on the right. -->
<#assign u = width / 100>
<#assign v = height / 100>
<#assign unit = [width, height]?min / 100>
<#assign lead = rtl?then("right", "left")>
<#assign left = r(u * 4)>
<#assign leftW = r(u * 62)>
<#assign side = r(u * 70)>
<#assign sideW = r(u * 26)>
<slide background="paper">
<#if !eink>
  <rect x="0" y="${r(v * 94)}" w="${width}" h="${height - r(v * 94)}" fill="brand"/>
</#if>
  <text x="${mx(left, leftW)}" y="${r(v * 5)}" w="${leftW}" h="${r(v * 24)}" size="${r(v * 10)}" min-size="${r(v * 4)}" weight="bold" color="ink" align="${lead}" max-lines="2">${f.productName}</text>
  <text x="${mx(left, r(u * 38))}" y="${r(v * 32)}" w="${r(u * 38)}" h="${r(v * 34)}" size="${r(v * 26)}" min-size="${r(v * 8)}" weight="bold" color="ink" align="${lead}" valign="middle">${f.price}</text>
<#if f.promoPrice?has_content>
  <rect x="${mx(r(u * 44), r(u * 22))}" y="${r(v * 32)}" w="${r(u * 22)}" h="${r(v * 34)}" fill="accent" radius="${eink?then(0, r(unit * 2))}"/>
  <text x="${mx(r(u * 44), r(u * 22))}" y="${r(v * 32)}" w="${r(u * 22)}" h="${r(v * 34)}" size="${r(v * 13)}" min-size="${r(v * 4)}" weight="bold" color="accent-ink" align="center" valign="middle">${f.promoPrice}</text>
</#if>
<#if f.unitPrice?has_content>
  <text x="${mx(left, leftW)}" y="${r(v * 70)}" w="${leftW}" h="${r(v * 12)}" size="${r(v * 7)}" min-size="${r(v * 3)}" color="ink" align="${lead}" valign="middle">${f.unitPrice}${f.unit?has_content?then(" / " + f.unit, "")}</text>
</#if>
<#if f.qr?has_content>
  <qr x="${mx(side, sideW)}" y="${r(v * 5)}" w="${sideW}" h="${r(v * 60)}" data="${f.qr}"/>
</#if>
<@stockMarker x=mx(side, sideW) y=r(v * 70) w=sideW h=r(v * 20) size=r(v * 7) minSize=r(v * 3) radius=eink?then(0, r(unit * 2))/>
</slide>
