<#include "../_common.ftl">
<#include "_grid.ftl">
<#-- Landscape signs and e-ink panels: title and subtitle across the top, the products below.
     3 products in one row; 4 in a row on wide screens, 2x2 on the 4:3 panel; 5-6 in two rows of 3. -->
<#assign u = width / 100>
<#assign v = height / 100>
<#assign unit = [width, height]?min / 100>
<#assign n = shown?size>
<#assign cols = [1, (n lte 3)?then(n, (n == 4)?then((width / height lt 1.5)?then(2, 4), 3))]?max>
<#assign rows = (n / cols)?ceiling>
<slide background="paper">
<#if !eink>
  <rect x="0" y="${r(v * 97)}" w="${width}" h="${height - r(v * 97)}" fill="brand"/>
</#if>
  <rect x="${mx(r(u * 4), r(u * 1))}" y="${r(v * 5)}" w="${r(u * 1)}" h="${r(v * 16)}" fill="${kindFill}"/>
  <text x="${mx(r(u * 6.5), r(u * 89.5))}" y="${r(v * 4)}" w="${r(u * 89.5)}" h="${r(v * 12)}" size="${r(v * 9)}" min-size="${r(v * 4)}" weight="bold" color="ink" align="${lead}" valign="middle">${f.title}</text>
  <text x="${mx(r(u * 6.5), r(u * 89.5))}" y="${r(v * 16)}" w="${r(u * 89.5)}" h="${r(v * 6)}" size="${r(v * 4.5)}" min-size="${r(v * 2.5)}" color="muted" align="${lead}" valign="middle">${f.subtitle}</text>
<#if n gt 0>
  <@grid x=u * 4 y=v * 25 w=u * 92 h=v * 70 cols=cols rows=rows gap=unit * 2 unit=unit wide=false/>
</#if>
</slide>
