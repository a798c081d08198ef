<#-- The survey's scale, shown under the prompt so shoppers know what they will be asked:
     CSAT rates 1 to 5, NPS asks how likely they are to recommend us from 0 to 10. Digits read the
     same in every shipped language, so the hint needs no wording of its own. -->
<#assign scales = {"csat": "1–5", "nps": "0–10"}>
<#function scaleHint><#return scales[f.survey]!""></#function>
