using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FleetInfra.Tests.Shared;

namespace FleetInfra.Cli.Tests.Report;

/// <summary>
/// Debian's headless Chromium driven over the DevTools protocol on the loopback interface: load a page, collect its
/// console errors and exceptions, evaluate script in it and take a screenshot. Started and ended by the test.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _receiver = Task.CompletedTask;
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Every event the page sent (method and params), in order.</summary>
    public ConcurrentQueue<(string Method, JsonElement Params)> Events { get; } = new();

    /// <summary>The browser on PATH (chromium, as Debian names it), or null.</summary>
    public static string? Find() => Executables.OnPath("chromium", "chromium-browser");

    public static async Task<HeadlessChromium> StartAsync()
    {
        var browser = Find() ?? throw new InvalidOperationException(
            ChromiumFactAttribute.NotRun);
        var profile = Directory.CreateTempSubdirectory("fleet-chromium-").FullName;
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                     "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var chromium = new HeadlessChromium(process, profile);
        try
        {
            var endpoint = await ReadDevToolsEndpointAsync(process);
            using var http = new HttpClient { Timeout = Patience };
            var targets = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://{new Uri(endpoint).Authority}/json/list")))!.AsArray();
            var page = targets.First(t => t!["type"]!.GetValue<string>() == "page")!;
            await chromium._socket.ConnectAsync(new Uri(page["webSocketDebuggerUrl"]!.GetValue<string>()), chromium._stop.Token);
            chromium._receiver = Task.Run(chromium.ReceiveAsync);
            return chromium;
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends a DevTools command and waits for its result.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
        var result = await reply.Task.WaitAsync(Patience);
        return result.TryGetProperty("error", out var error)
            ? throw new InvalidOperationException($"{method}: {error}")
            : result.GetProperty("result");
    }

    /// <summary>Waits until an event of this method has arrived.</summary>
    public async Task WaitForEventAsync(string method)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!Events.Any(e => e.Method == method))
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _receiver;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }

        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Chromium prints <c>DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID</c> on standard error once it listens.</summary>
    private static async Task<string> ReadDevToolsEndpointAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(Patience);
        const string Marker = "DevTools listening on ";
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return line[Marker.Length..].Trim();
            }
        }

        throw new InvalidOperationException($"chromium exited with {(process.HasExited ? process.ExitCode : -1)} before it listened for DevTools");
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        while (!_stop.IsCancellationRequested)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await _socket.ReceiveAsync(buffer, _stop.Token);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            using var document = JsonDocument.Parse(message.ToArray());
            var root = document.RootElement.Clone();
            if (root.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var reply))
            {
                reply.SetResult(root);
            }
            else if (root.TryGetProperty("method", out var method))
            {
                Events.Enqueue((method.GetString()!, root.TryGetProperty("params", out var p) ? p : default));
            }
        }
    }

    /// <summary>The text of a console call or exception, for messages.</summary>
    public static string Describe(JsonElement parameters) => parameters.ValueKind == JsonValueKind.Undefined ? string.Empty : Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(parameters));
}
