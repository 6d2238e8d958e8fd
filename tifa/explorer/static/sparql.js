// The SPARQL page: choosing an example fills the editor with its text (parameters bound) and says what
// it does; a result shaped like a series is drawn with plotly.js (served by this app).
(function () {
  const examples = JSON.parse(document.getElementById("examples-data").textContent);
  const select = document.getElementById("examples");
  const editor = document.getElementById("query");
  const description = document.getElementById("example-description");
  select.addEventListener("change", () => {
    const example = examples[select.value];
    if (!example) return;
    editor.value = example.text;
    description.textContent = example.description;
  });
  const chartData = document.getElementById("chart-data");
  if (chartData && window.Plotly) {
    const figure = JSON.parse(chartData.textContent);
    Plotly.newPlot("chart", figure.data, figure.layout, { responsive: true, displaylogo: false });
  }
})();
