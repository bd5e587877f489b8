// Signs the user out after the configured time without a click, key press, scroll or touch.
// The server renders the timeout on <body>; the form is looked up when it fires, because Blazor
// re-renders the layout once the circuit starts.
(() => {
    const seconds = Number(document.body.dataset.idleTimeoutSeconds);
    if (!seconds) {
        return;
    }
    let timer;
    const signOut = () => document.getElementById("idle-signout")?.submit();
    const restart = () => {
        clearTimeout(timer);
        timer = setTimeout(signOut, seconds * 1000);
    };
    for (const type of ["click", "keydown", "mousemove", "scroll", "touchstart"]) {
        document.addEventListener(type, restart, { passive: true, capture: true });
    }
    restart();
})();
