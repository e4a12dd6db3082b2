using FleetInfra.Core.Schema.Reading;

namespace FleetInfra.Core.Intents.Rules;

/// <summary>A variable comes from a Secret or from <c>environment_variables</c>, not both.</summary>
internal sealed class SecretsNotInEnvironment : TableRule<ApplicationIntent>
{
    public static readonly SecretsNotInEnvironment Instance = new();

    public override bool Check(TableContext context, ref ApplicationIntent value)
    {
        var environment = value.Environment;
        foreach (var secret in value.Secrets.Where(s => environment.ContainsKey(s.EnvironmentVariable)))
        {
            context.Error(context[IntentKeys.Secrets] ?? context.Owner, $"{IntentKeys.Secrets}.{secret.EnvironmentVariable}",
                $"is also set in environment_variables; keep '{secret.EnvironmentVariable}' in one place");
        }

        return true;
    }
}
