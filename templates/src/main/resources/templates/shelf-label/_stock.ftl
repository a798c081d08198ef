<#-- The stock marker, shared by every variant. The field holds an id; the wording per language lives here,
     English when the slide's language has none. Low stock is the accent colour, out of stock inverted. -->
<#assign stockWords = {
  "en": {"in-stock": "In stock", "low-stock": "Low stock", "out-of-stock": "Out of stock"},
  "ar": {"in-stock": "متوفر", "low-stock": "كمية محدودة", "out-of-stock": "نفدت الكمية"},
  "he": {"in-stock": "במלאי", "low-stock": "מלאי נמוך", "out-of-stock": "אזל מהמלאי"},
  "fa": {"in-stock": "موجود", "low-stock": "موجودی کم", "out-of-stock": "ناموجود"},
  "bg": {"in-stock": "В наличност", "low-stock": "Малко количество", "out-of-stock": "Изчерпан"},
  "de": {"in-stock": "Vorrätig", "low-stock": "Nur noch wenige", "out-of-stock": "Ausverkauft"},
  "fr": {"in-stock": "En stock", "low-stock": "Stock limité", "out-of-stock": "Épuisé"},
  "es": {"in-stock": "Disponible", "low-stock": "Pocas unidades", "out-of-stock": "Agotado"}
}>
<#macro stockMarker x y w h size minSize radius=0>
<#local words = stockWords[lang]!stockWords["en"]>
<#if f.stock == "low-stock">
  <rect x="${x}" y="${y}" w="${w}" h="${h}" fill="accent" radius="${radius}"/>
  <text x="${x}" y="${y}" w="${w}" h="${h}" size="${size}" min-size="${minSize}" weight="bold" color="accent-ink" align="center" valign="middle" max-lines="2">${words[f.stock]}</text>
<#elseif f.stock == "out-of-stock">
  <rect x="${x}" y="${y}" w="${w}" h="${h}" fill="ink" radius="${radius}"/>
  <text x="${x}" y="${y}" w="${w}" h="${h}" size="${size}" min-size="${minSize}" weight="bold" color="paper" align="center" valign="middle" max-lines="2">${words[f.stock]}</text>
<#elseif f.stock == "in-stock">
  <text x="${x}" y="${y}" w="${w}" h="${h}" size="${size}" min-size="${minSize}" weight="bold" color="ink" align="center" valign="middle" max-lines="2">${words[f.stock]}</text>
</#if>
</#macro>
