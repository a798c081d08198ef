<#-- Background and text colour per severity. A missing severity is danger: this slide only shows
     when something is wrong, and under-stating it costs more than over-stating it.
     Danger is the accent (red on colour screens and the red label, black on black/white and grey
     panels, where the theme maps accent to ink), so e-ink without red shows it inverted.
     A warning is black on yellow on colour screens and inverted on every e-ink panel: plain black
     on white would look like any other slide. -->
<#assign danger = f.severity != "warning">
<#assign background = danger?then("accent", eink?then("ink", "highlight"))>
<#assign foreground = danger?then("accent-ink", eink?then("paper", "ink"))>
