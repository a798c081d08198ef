<#include "../_common.ftl">
<#assign u = width / 100>
<#assign v = height / 100>
<#assign unit = [width, height]?min / 100>
<slide background="paper">
  <text x="${r(u * 5)}" y="${r(v * 6)}" w="${r(u * 90)}" h="${r(v * 22)}" size="${r(unit * 7)}" min-size="9" color="ink" align="center" valign="bottom" max-lines="3">${f.instructions}</text>
  <rect x="${r(u * 10)}" y="${r(v * 32)}" w="${r(u * 80)}" h="${r(v * 40)}" fill="ink" radius="${r(unit * 2)}"/>
  <text x="${r(u * 10)}" y="${r(v * 32)}" w="${r(u * 80)}" h="${r(v * 40)}" size="${r(unit * 30)}" min-size="12" weight="bold" color="paper" align="center" valign="middle">${f.code}</text>
  <text x="${r(u * 5)}" y="${r(v * 78)}" w="${r(u * 90)}" h="${r(v * 16)}" size="${r(unit * 5)}" min-size="8" color="muted" align="center">${f.server}</text>
</slide>
