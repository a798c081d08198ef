<#-- The product grid shared by the screen variants. Products without a name are skipped, so the grid
     shows as many as are filled, in reading order (mirrored for right-to-left languages). Inside a card
     every field has a fixed box: the image box stays reserved when a product has no image, so names and
     prices line up across a row. Coordinates are worked out left to right and mirrored with mx(). -->
<#assign shown = []>
<#list 1..6 as i>
  <#if f["product" + i + "Name"]?has_content><#assign shown = shown + [i]></#if>
</#list>
<#assign lead = rtl?then("right", "left")>
<#assign kindFill = eink?then("ink", {"top-sellers": "accent", "trending": "highlight", "bought-together": "brand"}[f.kind]!"brand")>

<#-- cols x rows for the grid; the last row is centred when it holds fewer cards -->
<#macro grid x y w h cols rows gap unit wide>
<#local cw = (w - gap * (cols - 1)) / cols>
<#local ch = (h - gap * (rows - 1)) / rows>
<#list shown as i>
  <#local row = (i?index / cols)?floor>
  <#local inRow = [cols, shown?size - row * cols]?min>
  <#local col = i?index - row * cols>
  <#local cx = x + (cols - inRow) * (cw + gap) / 2 + col * (cw + gap)>
  <@card i=i rank=i?index + 1 x=r(cx) y=r(y + row * (ch + gap)) w=r(cw) h=r(ch) unit=unit wide=wide/>
</#list>
</#macro>

<#-- wide cards put the image beside the text, the others above it -->
<#macro card i rank x y w h unit wide>
<#local pad = r(unit * (eink?then(1.2, 1.6)))>
<#if eink>
  <#local border = [1, r(unit * 0.3)]?max>
  <rect x="${mx(x, w)}" y="${y}" w="${w}" h="${h}" fill="ink"/>
  <rect x="${mx(x + border, w - 2 * border)}" y="${y + border}" w="${w - 2 * border}" h="${h - 2 * border}" fill="paper"/>
<#else>
  <rect x="${mx(x, w)}" y="${y}" w="${w}" h="${h}" fill="#FFFFFF" radius="${r(unit * 1.5)}"/>
</#if>
<#if wide>
  <#local iw = r([h - 2 * pad, w * 0.36]?min)>
  <#local ih = h - 2 * pad>
  <#local tx = x + 2 * pad + iw>
  <#local tw = w - 3 * pad - iw>
  <#local ty = y + pad>
  <#local th = h - 2 * pad>
  <#local align = lead>
<#else>
  <#local iw = w - 2 * pad>
  <#local ih = r((h - 2 * pad) * 0.56)>
  <#local tx = x + pad>
  <#local tw = w - 2 * pad>
  <#local ty = y + 2 * pad + ih>
  <#local th = h - 3 * pad - ih>
  <#local align = "center">
</#if>
<#local nameH = r(th * 0.56)>
<#local priceH = th - nameH>
<#if f["product" + i + "Image"]?has_content>
  <image x="${mx(x + pad, iw)}" y="${y + pad}" w="${iw}" h="${ih}" ref="${f['product' + i + 'Image']}" fit="contain"/>
</#if>
  <text x="${mx(tx, tw)}" y="${ty}" w="${tw}" h="${nameH}" size="${[r(nameH * 0.42), r(unit * 6)]?min}" min-size="${[8, r(nameH * 0.16)]?max}" color="ink" align="${align}" valign="${wide?then('bottom', 'top')}" max-lines="2">${f["product" + i + "Name"]}</text>
  <text x="${mx(tx, tw)}" y="${ty + nameH}" w="${tw}" h="${priceH}" size="${[r(priceH * 0.7), r(unit * 10)]?min}" min-size="${[8, r(priceH * 0.3)]?max}" weight="bold" color="accent" align="${align}" valign="middle">${f["product" + i + "Price"]}</text>
<#if f.kind == "top-sellers">
  <#local badge = r([w, h]?min * 0.16)>
  <rect x="${mx(x, badge)}" y="${y}" w="${badge}" h="${badge}" fill="accent" radius="${eink?then(0, r(unit * 1.5))}"/>
  <text x="${mx(x, badge)}" y="${y}" w="${badge}" h="${badge}" size="${r(badge * 0.6)}" min-size="${[8, r(badge * 0.3)]?max}" weight="bold" color="accent-ink" align="center" valign="middle">${rank}</text>
</#if>
</#macro>
