<#include "../_common.ftl">
<#include "_severity.ftl">
<#-- Screens and e-ink panels: the whole display in the severity's colour, title and instructions
     centred in full-width boxes (symmetric, so right-to-left needs no mirroring):
       title         5, 6  90x38
       rule          5,47  90x 1 (of the shorter side)
       instructions  5,52  90x42 -->
<#assign u = width / 100>
<#assign v = height / 100>
<#assign unit = [width, height]?min / 100>
<slide background="${background}">
  <text x="${r(u * 5)}" y="${r(v * 6)}" w="${r(u * 90)}" h="${r(v * 38)}" size="${r(unit * 17)}" min-size="${r(unit * 6)}" weight="bold" color="${foreground}" align="center" valign="middle" max-lines="2">${f.title}</text>
  <rect x="${r(u * 5)}" y="${r(v * 47)}" w="${r(u * 90)}" h="${[r(unit), 2]?max}" fill="${foreground}"/>
  <text x="${r(u * 5)}" y="${r(v * 52)}" w="${r(u * 90)}" h="${r(v * 42)}" size="${r(unit * 8)}" min-size="${r(unit * 4)}" weight="bold" color="${foreground}" align="center" valign="middle" max-lines="5">${f.instructions}</text>
</slide>
