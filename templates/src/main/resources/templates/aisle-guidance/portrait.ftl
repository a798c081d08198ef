<#include "../_common.ftl">
<#include "_arrow.ftl">
<#-- Portrait screens: the arrow on a band across the top, category and location below it, the optional
     comparison side by side at the bottom. -->
<#assign u = width / 100>
<#assign v = height / 100>
<#assign unit = [width, height]?min / 100>
<#assign lead = rtl?then("right", "left")>
<#assign s = r([u * 60, v * 28]?min)>
<#assign x = r(u * 6)>
<#assign w = r(u * 88)>
<#assign cardW = r(u * 42)>
<slide background="paper">
  <rect x="0" y="0" w="${width}" h="${r(v * 36)}" fill="brand"/>
  <@arrow x=r((width - s) / 2) y=r((v * 36 - s) / 2) s=s direction=f.direction colour="brand-ink"/>
  <text x="${mx(x, w)}" y="${r(v * 39)}" w="${w}" h="${r(v * 14)}" size="${r(v * 6.5)}" min-size="${r(v * 2.5)}" weight="bold" color="ink" align="${lead}" valign="bottom" max-lines="2">${f.category}</text>
  <text x="${mx(x, w)}" y="${r(v * 54)}" w="${w}" h="${r(v * 7)}" size="${r(v * 4.5)}" min-size="${r(v * 2)}" weight="bold" color="accent" align="${lead}" valign="top">${f.location}</text>
  <@comparison n=1 x=x y=r(v * 64) w=cardW h=r(v * 32) unit=unit/>
  <@comparison n=2 x=x + w - cardW y=r(v * 64) w=cardW h=r(v * 32) unit=unit/>
</slide>
