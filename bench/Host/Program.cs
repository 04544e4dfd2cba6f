// bench/run.sh's CccApi: exactly the product host (CccApiApplication), plus GET /__bench/gc when
// CCCAPI_BENCH_DIAGNOSTICS=1.
using CccApi.Bench.Diagnostics;
using CccApi.Host;

var app = CccApiApplication.CreateBuilder(args).Build();
app.MapBenchDiagnosticsIfEnabled();
return await CccApiApplication.RunAsync(app, args);
