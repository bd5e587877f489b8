// Renders a Mermaid diagram into the element; mermaid.min.js (vendored, MIT) is loaded on first use only.
let loading;

function loadMermaid() {
    loading ??= new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = "/lib/mermaid/mermaid.min.js";
        script.onload = () => {
            window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
            resolve(window.mermaid);
        };
        script.onerror = reject;
        document.head.appendChild(script);
    });
    return loading;
}

export async function render(element, source) {
    const mermaid = await loadMermaid();
    const { svg } = await mermaid.render("lifecycle-" + Date.now(), source);
    element.innerHTML = svg;
}
