<#include "../_common.ftl">
<#include "_severity.ftl">
<#-- 296x128 label: red for danger, inverted black for a warning; title and instructions fill the label.
       title         4,  2  288x44
       rule          4, 48  288x 2
       instructions  4, 52  288x74 -->
<slide background="${background}">
  <text x="4" y="2" w="288" h="44" size="28" min-size="14" weight="bold" color="${foreground}" align="center" valign="middle" max-lines="2">${f.title}</text>
  <rect x="4" y="48" w="288" h="2" fill="${foreground}"/>
  <text x="4" y="52" w="288" h="74" size="17" min-size="10" weight="bold" color="${foreground}" align="center" valign="middle" max-lines="5">${f.instructions}</text>
</slide>
