// Bring the sentence the page was opened for into view.
const marked = document.getElementById("context");
if (marked) marked.scrollIntoView({ block: "center" });
