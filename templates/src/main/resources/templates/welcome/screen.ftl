<#include "../_common.ftl">
<#assign u = width / 100>
<#assign v = height / 100>
<#assign unit = [width, height]?min / 100>
<slide background="${eink?then('paper', 'brand')}">
<#if f.image?has_content && !eink>
  <image x="0" y="0" w="${width}" h="${height}" ref="${f.image}" fit="cover"/>
  <rect x="0" y="${r(v * 55)}" w="${width}" h="${r(v * 45)}" fill="brand"/>
</#if>
<#if eink>
  <rect x="0" y="0" w="${width}" h="${r(v * 3)}" fill="ink"/>
  <rect x="0" y="${r(v * 97)}" w="${width}" h="${r(v * 3)}" fill="ink"/>
</#if>
  <text x="${r(u * 6)}" y="${r(v * 58)}" w="${r(u * 88)}" h="${r(v * 20)}" size="${r(unit * 16)}" min-size="${r(unit * 6)}" weight="bold" color="${eink?then('ink', 'brand-ink')}" align="center" valign="bottom" max-lines="2">${f.greeting}</text>
  <text x="${r(u * 6)}" y="${r(v * 80)}" w="${r(u * 88)}" h="${r(v * 12)}" size="${r(unit * 6)}" min-size="${r(unit * 3)}" color="${eink?then('ink', 'brand-ink')}" align="center" max-lines="2">${f.message}</text>
<#if f.storeName?has_content>
  <text x="${r(u * 6)}" y="${r(v * 10)}" w="${r(u * 88)}" h="${r(v * 14)}" size="${r(unit * 8)}" min-size="${r(unit * 4)}" weight="bold" color="${eink?then('ink', f.image?has_content?then('paper', 'highlight'))}" align="center">${f.storeName}</text>
</#if>
</slide>
