<#include "../_common.ftl">
<#include "_grid.ftl">
<#-- Portrait screens: title on top; 3 products as full-width rows with the image beside the text,
     4 as 2x2, 5-6 as two columns of 3. -->
<#assign u = width / 100>
<#assign v = height / 100>
<#assign unit = [width, height]?min / 100>
<#assign n = shown?size>
<#assign cols = (n lte 3)?then(1, 2)>
<#assign rows = (n / cols)?ceiling>
<slide background="paper">
  <rect x="0" y="${r(v * 98)}" w="${width}" h="${height - r(v * 98)}" fill="brand"/>
  <rect x="${mx(r(u * 5), r(u * 1.5))}" y="${r(v * 3)}" w="${r(u * 1.5)}" h="${r(v * 10)}" fill="${kindFill}"/>
  <text x="${mx(r(u * 9), r(u * 86))}" y="${r(v * 3)}" w="${r(u * 86)}" h="${r(v * 7)}" size="${r(v * 5)}" min-size="${r(v * 2.5)}" weight="bold" color="ink" align="${lead}" valign="middle">${f.title}</text>
  <text x="${mx(r(u * 9), r(u * 86))}" y="${r(v * 10)}" w="${r(u * 86)}" h="${r(v * 3.5)}" size="${r(v * 2.4)}" min-size="${r(v * 1.4)}" color="muted" align="${lead}" valign="middle">${f.subtitle}</text>
<#if n gt 0>
  <@grid x=u * 5 y=v * 16 w=u * 90 h=v * 80 cols=cols rows=rows gap=unit * 4 unit=unit wide=(cols == 1)/>
</#if>
</slide>
