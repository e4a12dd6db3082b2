namespace FleetInfra.Core.Config;

public enum TaintEffect
{
    NoSchedule,
    PreferNoSchedule,
    NoExecute,
}

public sealed record NodeTaint(string Key, string Value, TaintEffect Effect);
