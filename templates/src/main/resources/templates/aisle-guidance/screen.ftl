<#include "../_common.ftl">
<#include "_arrow.ftl">
<#-- Landscape signs and e-ink panels: the arrow on a full-height panel at the leading side, category and
     location beside it, and the optional comparison below them. Boxes are fixed: with no comparison its
     area stays empty. -->
<#assign u = width / 100>
<#assign v = height / 100>
<#assign unit = [width, height]?min / 100>
<#assign lead = rtl?then("right", "left")>
<#assign panelW = r(u * 34)>
<#assign panelX = mx(0, panelW)>
<#assign s = r([u * 24, v * 56]?min)>
<#assign x = r(u * 38)>
<#assign w = r(u * 58)>
<#assign cardW = r(u * 28)>
<slide background="paper">
  <rect x="${panelX}" y="0" w="${panelW}" h="${height}" fill="${eink?then('ink', 'brand')}"/>
  <@arrow x=panelX + r((panelW - s) / 2) y=r((height - s) / 2) s=s direction=f.direction colour=eink?then("paper", "brand-ink")/>
  <text x="${mx(x, w)}" y="${r(v * 6)}" w="${w}" h="${r(v * 24)}" size="${r(v * 13)}" min-size="${r(v * 5)}" weight="bold" color="ink" align="${lead}" valign="bottom" max-lines="2">${f.category}</text>
  <text x="${mx(x, w)}" y="${r(v * 31)}" w="${w}" h="${r(v * 12)}" size="${r(v * 8)}" min-size="${r(v * 3.5)}" weight="bold" color="accent" align="${lead}" valign="top">${f.location}</text>
  <@comparison n=1 x=x y=r(v * 50) w=cardW h=r(v * 44) unit=unit/>
  <@comparison n=2 x=x + w - cardW y=r(v * 50) w=cardW h=r(v * 44) unit=unit/>
</slide>
