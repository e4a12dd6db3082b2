namespace FleetInfra.Deploy.Engine;

/// <summary>An engine operation failed; the message is one line fit for the summary (the engine's own output was streamed).</summary>
public sealed class StackEngineException(string message, Exception? inner = null) : Exception(message, inner);
