using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;

namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>
/// A fuzzing campaign: draws cases from the CsCheck generator seeded with <see cref="FuzzSettings.Seed"/>, makes each
/// input, checks it with <see cref="ScenarioProbe"/> until the time is up, and keeps the first inputs of each finding
/// class as files. Deep inputs are first replayed in a child process, where a stack overflow ends only that process.
/// </summary>
public static class FuzzCampaign
{
    /// <summary>Runs a campaign; <paramref name="log"/> gets a line per new finding class and a progress line now and then.</summary>
    public static FuzzReport Run(FuzzSettings settings, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var seeds = SeedCorpus.Load();
        var cases = Mutators.Cases(seeds);
        var pcg = new PCG(1, settings.Seed);
        var probe = new ScenarioProbe(settings);
        var report = new FuzzReport { Settings = settings };
        var classes = new Dictionary<string, Finding>(StringComparer.Ordinal);
        Directory.CreateDirectory(settings.OutputFolder);
        var clock = Stopwatch.StartNew();
        var nextProgress = TimeSpan.FromSeconds(30);
        for (long skip = 0; skip < settings.Start; skip++)
        {
            cases.Draw(pcg);
        }

        report.Inputs = settings.Start;
        while (clock.Elapsed.TotalSeconds < settings.Seconds)
        {
            long index = report.Inputs++;
            var c = cases.Draw(pcg);
            FuzzInput input;
            Outcome outcome;
            try
            {
                input = Mutators.Make(c, seeds);
            }
#pragma warning disable CA1031 // a harness bug is reported like any finding
            catch (Exception error)
#pragma warning restore CA1031
            {
                input = new FuzzInput { Bytes = seeds[c.Seed].Bytes, Folder = seeds[c.Seed].Folder, SeedPath = seeds[c.Seed].Path, Steps = [$"mutator failed: {error.Message}"] };
                Record(new Outcome(Verdict.Finding, $"harness: {error.GetType().Name} in the {c.Kind} mutator", error.Message, error.ToString()));
                continue;
            }

            outcome = input.Depth >= settings.ChildDepth ? Replay(input, index) ?? probe.Check(input) : probe.Check(input);
            Record(outcome);

            if (probe.HungThreads >= settings.MaxHung || probe.OutOfMemory || GC.GetTotalMemory(false) > settings.MaxMemoryBytes)
            {
                report.StoppedEarly = probe.OutOfMemory ? "runaway memory" : $"{probe.HungThreads} hung inputs still running";
                break;
            }

            if (clock.Elapsed >= nextProgress && log is not null)
            {
                nextProgress += TimeSpan.FromSeconds(30);
                log($"fuzz: {clock.Elapsed.TotalSeconds:F0} s, {report.Inputs} inputs, {report.Accepted} accepted, {report.Refused} refused, {report.Failed} failed in {classes.Count} classes");
            }

            void Record(Outcome o)
            {
                switch (o.Verdict)
                {
                    case Verdict.Accepted:
                        report.Accepted++;
                        return;
                    case Verdict.Refused:
                        report.Refused++;
                        return;
                }

                report.Failed++;
                if (!classes.TryGetValue(o.Class, out var finding))
                {
                    finding = new Finding(o.Class, o.Message, o.Detail);
                    classes.Add(o.Class, finding);
                    report.Findings.Add(finding);
                }

                finding.Count++;
                finding.Mutators.Add(c.Kind);
                if (finding.Inputs.Count < settings.KeepPerClass)
                {
                    string file = Save(input, index, c, o, settings.OutputFolder);
                    finding.Inputs.Add(file);
                    if (finding.Count == 1)
                    {
                        log?.Invoke($"fuzz: new finding {o.Class}: {o.Message} (input {file})");
                    }
                }
            }
        }

        report.Inputs -= settings.Start;
        report.ElapsedSeconds = clock.Elapsed.TotalSeconds;
        return report;

        Outcome? Replay(FuzzInput input, long index)
        {
            report.Replayed++;
            string file = Save(input, index, null, null, Path.Combine(settings.OutputFolder, "deep"));
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (string arg in new[] { typeof(FuzzCampaign).Assembly.Location, "--replay", file, "--stack", "0" })
            {
                start.ArgumentList.Add(arg);
            }

            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEndAsync();
            var error = child.StandardError.ReadToEndAsync();
            if (!child.WaitForExit(60_000))
            {
                child.Kill(entireProcessTree: true);
                return new Outcome(Verdict.Finding, "load: child replay hangs > 60 s", "the replay on the default stack did not end");
            }

            string said = (error.Result + output.Result).Trim();
            return child.ExitCode is 0 or 1
                ? null
                : new Outcome(Verdict.Finding, $"crash: exit {child.ExitCode}, {ScenarioProbe.FirstLine(said)}", ScenarioProbe.FirstLine(said), said.Length > 4000 ? said[..4000] : said);
        }
    }

    /// <summary>Writes the input as <c>case-N.yaml</c> (its bytes as read) and <c>case-N.txt</c> (how to read it:
    /// seed, folder, --set values, steps, and the outcome).</summary>
    internal static string Save(FuzzInput input, long index, FuzzCase? c, Outcome? outcome, string folder)
    {
        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, $"case-{index}.yaml");
        File.WriteAllBytes(file, input.Bytes);
        var about = new StringBuilder();
        about.AppendLine(CultureInfo.InvariantCulture, $"seed_file: {input.SeedPath}");
        about.AppendLine(CultureInfo.InvariantCulture, $"folder: {input.Folder}");
        foreach (var (path, value) in input.Overrides)
        {
            about.AppendLine(CultureInfo.InvariantCulture, $"set: {Convert.ToBase64String(Encoding.UTF8.GetBytes(path))} {Convert.ToBase64String(Encoding.UTF8.GetBytes(value))} # {path}={TextualMutator.Show(value)}");
        }

        foreach (string step in input.Steps)
        {
            about.AppendLine(CultureInfo.InvariantCulture, $"step: {step}");
        }

        if (c is not null)
        {
            about.AppendLine(CultureInfo.InvariantCulture, $"case: #{index} {c}");
        }

        if (outcome is not null)
        {
            about.AppendLine(CultureInfo.InvariantCulture, $"class: {outcome.Class}");
            about.AppendLine(CultureInfo.InvariantCulture, $"message: {outcome.Message}");
            about.AppendLine("detail:").AppendLine(outcome.Detail);
        }

        File.WriteAllText(Path.ChangeExtension(file, ".txt"), about.ToString());
        return file;
    }

    /// <summary>Reads back an input that <see cref="Save"/> wrote (with its .txt, if there is one).</summary>
    public static FuzzInput Load(string file)
    {
        ArgumentException.ThrowIfNullOrEmpty(file);
        string full = Path.GetFullPath(file);
        var input = new FuzzInput { Bytes = File.ReadAllBytes(full), Folder = Path.GetDirectoryName(full) ?? ".", SeedPath = full };
        string about = Path.ChangeExtension(full, ".txt");
        if (!File.Exists(about))
        {
            return input;
        }

        var overrides = new List<(string, string)>();
        string folder = input.Folder;
        string seed = full;
        foreach (string line in File.ReadAllLines(about))
        {
            if (line.StartsWith("folder: ", StringComparison.Ordinal))
            {
                folder = line["folder: ".Length..];
            }
            else if (line.StartsWith("seed_file: ", StringComparison.Ordinal))
            {
                seed = line["seed_file: ".Length..];
            }
            else if (line.StartsWith("set: ", StringComparison.Ordinal))
            {
                var parts = line["set: ".Length..].Split(' ');
                overrides.Add((Encoding.UTF8.GetString(Convert.FromBase64String(parts[0])), Encoding.UTF8.GetString(Convert.FromBase64String(parts[1]))));
            }
        }

        // --set values are read over the seed file itself (ReadFile(seed, overrides)); other inputs from their bytes.
        return input with { Folder = folder, SeedPath = overrides.Count > 0 ? seed : input.SeedPath, Overrides = overrides };
    }
}
