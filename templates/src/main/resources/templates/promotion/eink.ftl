<#include "../_common.ftl">
<#-- e-ink: high contrast, fixed boxes so a price change touches only the price box -->
<#assign u = width / 100>
<#assign v = height / 100>
<#assign imgW = r(u * 38)>
<slide background="paper">
<#if f.image?has_content>
  <image x="${mx(r(u * 2), imgW)}" y="${r(v * 4)}" w="${imgW}" h="${r(v * 92)}" ref="${f.image}" fit="contain"/>
<#else>
  <rect x="${mx(0, r(u * 40))}" y="0" w="${r(u * 40)}" h="${height}" fill="ink"/>
  <text x="${mx(r(u * 2), r(u * 36))}" y="${r(v * 25)}" w="${r(u * 36)}" h="${r(v * 50)}" size="${r(v * 30)}" min-size="${r(v * 10)}" weight="bold" color="paper" align="center" valign="middle">${f.percentOff?has_content?then("-" + f.percentOff, "%")}</text>
</#if>
<#assign x = r(u * 43)>
<#assign w = r(u * 54)>
<#if f.percentOff?has_content && f.image?has_content>
  <rect x="${mx(x, r(u * 22))}" y="${r(v * 4)}" w="${r(u * 22)}" h="${r(v * 13)}" fill="accent"/>
  <text x="${mx(x, r(u * 22))}" y="${r(v * 4)}" w="${r(u * 22)}" h="${r(v * 13)}" size="${r(v * 9)}" min-size="${r(v * 5)}" weight="bold" color="accent-ink" align="center" valign="middle">-${f.percentOff}</text>
</#if>
  <text x="${mx(x, w)}" y="${r(v * 20)}" w="${w}" h="${r(v * 30)}" size="${r(v * 10)}" min-size="${r(v * 5)}" weight="bold" color="ink" max-lines="3">${f.headline}</text>
<#if f.wasPrice?has_content>
  <text x="${mx(x, w)}" y="${r(v * 52)}" w="${w}" h="${r(v * 11)}" size="${r(v * 8)}" min-size="${r(v * 4)}" color="muted" strike="true">${f.wasPrice}</text>
</#if>
  <text x="${mx(x, w)}" y="${r(v * 64)}" w="${w}" h="${r(v * 22)}" size="${r(v * 17)}" min-size="${r(v * 8)}" weight="bold" color="ink">${f.nowPrice}</text>
<#if f.validUntil?has_content>
  <text x="${mx(x, w)}" y="${r(v * 88)}" w="${w}" h="${r(v * 8)}" size="${r(v * 5)}" min-size="${r(v * 3)}" color="muted">${f.validLabel?has_content?then(f.validLabel + " ", "")}${f.validUntil}</text>
</#if>
</slide>
