<#include "../_common.ftl">
<#include "_stock.ftl">
<#-- 296x128 black/white/red shelf label. Every field has a fixed box (left-to-right coordinates below,
     mirrored for right-to-left languages) that does not move with other fields' content or presence,
     so a price change redraws only the price box:
       productName   6,  2  204x40      qr     216,  2  76x76
       price         6, 44  120x50      stock  216, 82  76x42
       promoPrice  130, 44   80x50  (accent)
       unitPrice     6,100  204x24
     ShelfLabelTemplateTest holds the same numbers. -->
<#assign lead = rtl?then("right", "left")>
<slide background="paper">
  <text x="${mx(6, 204)}" y="2" w="204" h="40" size="15" min-size="10" weight="bold" color="ink" align="${lead}" max-lines="2">${f.productName}</text>
  <text x="${mx(6, 120)}" y="44" w="120" h="50" size="40" min-size="16" weight="bold" color="ink" align="${lead}" valign="middle">${f.price}</text>
<#if f.promoPrice?has_content>
  <rect x="${mx(130, 80)}" y="44" w="80" h="50" fill="accent"/>
  <text x="${mx(130, 80)}" y="44" w="80" h="50" size="24" min-size="11" weight="bold" color="accent-ink" align="center" valign="middle">${f.promoPrice}</text>
</#if>
<#if f.unitPrice?has_content>
  <text x="${mx(6, 204)}" y="100" w="204" h="24" size="13" min-size="9" color="ink" align="${lead}" valign="middle">${f.unitPrice}${f.unit?has_content?then(" / " + f.unit, "")}</text>
</#if>
<#if f.qr?has_content>
  <qr x="${mx(216, 76)}" y="2" w="76" h="76" data="${f.qr}"/>
</#if>
<@stockMarker x=mx(216, 76) y=82 w=76 h=42 size=13 minSize=9/>
</slide>
