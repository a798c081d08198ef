<#include "../_common.ftl">
<slide background="paper">
  <rect x="0" y="0" w="${width}" h="6" fill="accent"/>
  <text x="6" y="12" w="${width - 12}" h="64" size="36" min-size="14" weight="bold" color="ink" align="center" valign="middle" max-lines="2">${f.greeting}</text>
  <text x="6" y="80" w="${width - 12}" h="44" size="16" min-size="10" color="ink" align="center" max-lines="2">${f.storeName}</text>
</slide>
