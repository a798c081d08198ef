<#-- Date and time on one line; either may be missing. -->
<#function when><#return [f.date, f.time]?filter(s -> s?has_content)?join(" · ")></#function>
