using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace NeoCloudSim.Reports.Tests.Browser;

/// <summary>
/// Debian's Chromium, started headless with a fresh profile and no background networking, driven over the Chrome
/// DevTools Protocol: open a page, collect console errors, exceptions and network requests, evaluate script, take a
/// screenshot. Just enough of the protocol for testing a self-contained report.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly List<JsonNode> _events = [];
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Where Chromium is: $CHROMIUM, or Debian's /usr/bin/chromium (installed by .ci/install).</summary>
    public static string? Executable =>
        Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;

    /// <summary>Console messages of level error, uncaught exceptions and log entries of level error, as text.</summary>
    public IEnumerable<string> Errors => _events.Select(ErrorText).OfType<string>();

    /// <summary>URLs of every network request the page made.</summary>
    public IEnumerable<string> RequestedUrls => _events
        .Where(e => (string?)e["method"] == "Network.requestWillBeSent")
        .Select(e => (string?)e["params"]?["request"]?["url"] ?? "");

    public static async Task<HeadlessChromium> StartAsync(int width, int height)
    {
        string executable = Executable ?? throw new InvalidOperationException("Chromium is not installed: run .ci/install (apt-get install chromium), or set CHROMIUM to its path.");
        string profile = Path.Combine(Path.GetTempPath(), "neocloudsim-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (string argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
            $"--user-data-dir={profile}", "--remote-debugging-port=0", $"--window-size={width},{height}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new HeadlessChromium(process, profile);
        await browser.ConnectAsync().ConfigureAwait(false);
        return browser;
    }

    /// <summary>Opens <paramref name="url"/> and waits for its load event.</summary>
    public async Task NavigateAsync(string url)
    {
        await SendAsync("Page.enable").ConfigureAwait(false);
        await SendAsync("Runtime.enable").ConfigureAwait(false);
        await SendAsync("Log.enable").ConfigureAwait(false);
        await SendAsync("Network.enable").ConfigureAwait(false);
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url }).ConfigureAwait(false);
        await WaitForEventAsync("Page.loadEventFired").ConfigureAwait(false);
    }

    /// <summary>The value of a JavaScript expression (returned by value).</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true }).ConfigureAwait(false);
        if (result?["exceptionDetails"] is { } exception)
        {
            throw new InvalidOperationException("Script failed: " + exception.ToJsonString());
        }

        return result?["result"]?["value"];
    }

    /// <summary>A PNG of the whole page.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true }).ConfigureAwait(false);
        return Convert.FromBase64String((string?)result?["data"] ?? throw new InvalidOperationException("No screenshot data."));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
            // The browser may already be gone; it is killed below either way.
        }

        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A profile file still held open by a dying helper process: it lives in the temp folder, left behind.
        }
    }

    private async Task ConnectAsync()
    {
        // Chromium writes the port it chose and the browser's path to DevToolsActivePort in the profile.
        string portFile = Path.Combine(_profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(portFile) || File.ReadAllLines(portFile).Length < 2)
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"Chromium did not open its DevTools port (exited: {_process.HasExited}).");
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        int port = int.Parse(File.ReadAllLines(portFile)[0], System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list")).ConfigureAwait(false))!.AsArray();
        string page = targets.Where(t => (string?)t?["type"] == "page").Select(t => (string?)t?["webSocketDebuggerUrl"]).FirstOrDefault()
            ?? throw new InvalidOperationException("Chromium has no page to drive.");
        await _socket.ConnectAsync(new Uri(page), CancellationToken.None).ConfigureAwait(false);
    }

    private async Task<JsonNode?> SendAsync(string method, JsonObject? parameters = null)
    {
        int id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
        while (true)
        {
            var reply = await ReceiveAsync().ConfigureAwait(false);
            if ((int?)reply["id"] == id)
            {
                return reply["error"] is { } error
                    ? throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}")
                    : reply["result"];
            }
        }
    }

    private async Task WaitForEventAsync(string method)
    {
        if (_events.Any(e => (string?)e["method"] == method))
        {
            return;
        }

        while ((string?)(await ReceiveAsync().ConfigureAwait(false))["method"] != method)
        {
        }
    }

    /// <summary>The next message; events are also kept for <see cref="Errors"/> and <see cref="RequestedUrls"/>.</summary>
    private async Task<JsonNode> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var buffer = new byte[1 << 16];
        using var text = new MemoryStream();
        WebSocketReceiveResult part;
        do
        {
            part = await _socket.ReceiveAsync(buffer, timeout.Token).ConfigureAwait(false);
            text.Write(buffer, 0, part.Count);
        }
        while (!part.EndOfMessage);

        var node = JsonNode.Parse(text.ToArray()) ?? throw new InvalidOperationException("Empty DevTools message.");
        if (node["method"] is not null)
        {
            _events.Add(node);
        }

        return node;
    }

    private static string? ErrorText(JsonNode e)
    {
        var p = e["params"];
        return (string?)e["method"] switch
        {
            "Runtime.consoleAPICalled" when (string?)p?["type"] is "error" or "assert" => "console: " + p?["args"]?.ToJsonString(),
            "Runtime.exceptionThrown" => "exception: " + p?["exceptionDetails"]?.ToJsonString(),
            "Log.entryAdded" when (string?)p?["entry"]?["level"] == "error" => "log: " + (string?)p?["entry"]?["text"],
            _ => null,
        };
    }
}
