// The widget's CSS, scoped inside its shadow root so host pages cannot break it.
export const css = (color: string) => `
:host{all:initial}
*{box-sizing:border-box;font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif}
.fab{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;border:0;background:${color};color:#fff;font-size:15px;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);z-index:2147483646}
.fab:focus-visible,button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
.panel{position:fixed;right:20px;bottom:88px;width:380px;max-width:calc(100vw - 16px);height:560px;max-height:calc(100vh - 104px);background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.25);display:flex;flex-direction:column;overflow:hidden;z-index:2147483647;color:#222;font-size:15px}
.panel[hidden]{display:none}
.page{position:fixed;inset:0;width:100%;height:100%;max-height:none;max-width:none;right:0;bottom:0;border-radius:0;box-shadow:none}
@media (max-width:480px){.panel:not(.page){right:8px;bottom:80px;width:calc(100vw - 16px);height:calc(100vh - 96px)}}
.head{background:${color};color:#fff;padding:12px 14px;display:flex;align-items:center;justify-content:space-between}
.head h2{margin:0;font-size:16px;font-weight:600}
.close{background:transparent;border:0;color:#fff;font-size:22px;line-height:1;cursor:pointer;padding:2px 6px}
.log{flex:1;overflow-y:auto;padding:12px;background:#f6f6f6}
.msg{margin:8px 0;display:flex}
.msg.user{justify-content:flex-end}
.bubble{max-width:86%;padding:9px 12px;border-radius:10px;white-space:pre-wrap;word-break:break-word;line-height:1.6}
.user .bubble{background:${color};color:#fff}
.bot .bubble{background:#fff;border:1px solid #e4e4e4}
.cites{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.chip{border:1px solid ${color};color:${color};background:#fff;border-radius:12px;padding:2px 9px;font-size:12px;cursor:pointer}
.detail{margin-top:6px;font-size:13px;background:#fafafa;border-left:3px solid ${color};padding:6px 8px}
.detail[hidden]{display:none}
.detail q{display:block;margin:4px 0;color:#444;quotes:"“" "”"}
.detail a{color:${color}}
.sugs{display:flex;flex-wrap:wrap;gap:6px;padding:8px 12px 0;background:#f6f6f6}
.sug{border:1px solid #ccc;background:#fff;border-radius:14px;padding:4px 10px;font-size:13px;cursor:pointer;color:#333}
form{display:flex;gap:8px;padding:10px;border-top:1px solid #eee;background:#fff}
input{flex:1;min-width:0;border:1px solid #ccc;border-radius:8px;padding:9px 10px;font-size:15px}
.send{border:0;background:${color};color:#fff;border-radius:8px;padding:0 14px;font-size:15px;cursor:pointer}
.send:disabled{opacity:.5;cursor:default}
`;
