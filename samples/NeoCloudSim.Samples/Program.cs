using System.Globalization;
using NeoCloudSim.Samples;

// The demo: one edge site's GPU replicas serving inference requests, with failures; see EdgeSiteDemo.
ulong seed = args.Length > 0 ? ulong.Parse(args[0], CultureInfo.InvariantCulture) : 42;
var report = EdgeSiteDemo.Run(seed);
report.Print(Console.Out);
return 0;
