using FleetInfra.Deploy.Targets;

namespace FleetInfra.Deploy.Running;

/// <summary>Everything one <c>fleet deploy &lt;operation&gt;</c> run was asked to do, as parsed from the command line.</summary>
public sealed record DeployOptions
{
    public const int DefaultParallel = 2;

    public required DeployOperation Operation { get; init; }

    public required string ProjectRoot { get; init; }

    public IReadOnlyList<string> Stacks { get; init; } = [];

    public bool All { get; init; }

    /// <summary><c>--expired</c>: the review environments expired at this moment; <c>destroy</c> then also removes their stack files.</summary>
    public DateTimeOffset? ExpiredAt { get; init; }

    public Shard? Shard { get; init; }

    /// <summary>Run the valid stacks even when others fail validation.</summary>
    public bool KeepGoing { get; init; }

    public int Parallel { get; init; } = DefaultParallel;

    public string? Backend { get; init; }

    public string? JsonFile { get; init; }

    public string? MarkdownFile { get; init; }

    /// <summary>The production stacks <c>destroy</c> may destroy, each named (<c>--yes-destroy-production prod,prod-use1</c>).</summary>
    public IReadOnlyList<string> YesDestroyProduction { get; init; } = [];

    /// <summary>Folder of update plans: <c>preview</c> saves <c>&lt;stack&gt;.plan.json</c> there, <c>up</c> applies them.</summary>
    public string? PlanDirectory { get; init; }

    /// <summary>Allow <c>up</c> of a production stack without a saved plan.</summary>
    public bool NoPlan { get; init; }

    /// <summary>Run the stacks wave by wave (<see cref="StackWaves"/>), stopping at the first wave with a failed stack.</summary>
    public bool Waves { get; init; }

    public string PlanFile(string stack) => Path.Combine(PlanDirectory!, $"{stack}.plan.json");
}
