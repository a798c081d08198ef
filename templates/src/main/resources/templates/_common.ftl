<#-- Shared by all layouts. rtl mirrors the layout for Arabic, Persian and Hebrew; mx mirrors an x. -->
<#assign rtl = ["ar", "fa", "he", "ur"]?seq_contains(lang)>
<#function mx x w><#return rtl?then(width - x - w, x)></#function>
<#function r v><#return v?round></#function>
