<#-- An arrow drawn with rects in the square x, y, s: a stepped triangular head and a shaft. The direction
     is the shopper's, so it is never mirrored for right-to-left languages: callers mirror the square's
     position, not the arrow. Coordinates along the arrow (u, from the tip) and across it map to the page
     per direction. Steps are about 3 px, so the head looks smooth on screens and crisp on e-ink. -->
<#macro arrow x y s direction colour>
<#local head = s * 0.45>
<#local steps = [60, [4, (head / 3)?floor]?max]?min>
<#list 0..<steps as i>
  <#local from = r(head * i / steps)>
  <@bar x=x y=y s=s direction=direction u=from length=r(head * (i + 1) / steps) - from + 1 across=r(s * 0.8 * (i + 1) / steps) colour=colour/>
</#list>
  <@bar x=x y=y s=s direction=direction u=r(head) length=s - r(head) across=r(s * 0.22) colour=colour/>
</#macro>

<#macro bar x y s direction u length across colour>
<#local side = r((s - across) / 2)>
<#switch direction>
  <#case "right"><rect x="${x + s - u - length}" y="${y + side}" w="${length}" h="${across}" fill="${colour}"/><#break>
  <#case "ahead"><rect x="${x + side}" y="${y + u}" w="${across}" h="${length}" fill="${colour}"/><#break>
  <#case "back"><rect x="${x + side}" y="${y + s - u - length}" w="${across}" h="${length}" fill="${colour}"/><#break>
  <#default><rect x="${x + u}" y="${y + side}" w="${length}" h="${across}" fill="${colour}"/>
</#switch>
</#macro>

<#-- One side of the price and quality comparison: name, price and a note chip, each in a fixed box. -->
<#macro comparison n x y w h unit>
<#if f["compare" + n + "Name"]?has_content || f["compare" + n + "Price"]?has_content>
<#local pad = r(unit * 1.5)>
<#local iw = w - 2 * pad>
<#if eink>
  <#local border = [1, r(unit * 0.3)]?max>
  <rect x="${mx(x, w)}" y="${y}" w="${w}" h="${h}" fill="ink"/>
  <rect x="${mx(x + border, w - 2 * border)}" y="${y + border}" w="${w - 2 * border}" h="${h - 2 * border}" fill="paper"/>
<#else>
  <rect x="${mx(x, w)}" y="${y}" w="${w}" h="${h}" fill="#FFFFFF" radius="${r(unit * 1.5)}"/>
</#if>
<#local nameH = r((h - 2 * pad) * 0.3)>
<#local priceH = r((h - 2 * pad) * 0.38)>
<#local noteH = h - 2 * pad - nameH - priceH>
  <text x="${mx(x + pad, iw)}" y="${y + pad}" w="${iw}" h="${nameH}" size="${r(nameH * 0.42)}" min-size="${[8, r(nameH * 0.2)]?max}" color="ink" align="center" valign="middle" max-lines="2">${f["compare" + n + "Name"]}</text>
  <text x="${mx(x + pad, iw)}" y="${y + pad + nameH}" w="${iw}" h="${priceH}" size="${r(priceH * 0.72)}" min-size="${[8, r(priceH * 0.3)]?max}" weight="bold" color="ink" align="center" valign="middle">${f["compare" + n + "Price"]}</text>
<#if f["compare" + n + "Note"]?has_content>
  <#local chipH = r(noteH * 0.8)>
  <rect x="${mx(x + pad, iw)}" y="${y + h - pad - chipH}" w="${iw}" h="${chipH}" fill="${eink?then('ink', 'highlight')}" radius="${eink?then(0, r(chipH / 2))}"/>
  <text x="${mx(x + pad, iw)}" y="${y + h - pad - chipH}" w="${iw}" h="${chipH}" size="${r(chipH * 0.6)}" min-size="${[8, r(chipH * 0.3)]?max}" weight="bold" color="${eink?then('paper', 'ink')}" align="center" valign="middle">${f["compare" + n + "Note"]}</text>
</#if>
</#if>
</#macro>
