// Saves a file the server streamed over the circuit (exports, templates, import reports):
// the bytes never pass through a URL another tab or user could open.
window.vmDownload = async (fileName, contentType, streamRef) => {
    const buffer = await streamRef.arrayBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: contentType }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
};
