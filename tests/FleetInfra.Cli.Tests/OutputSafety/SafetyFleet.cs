namespace FleetInfra.Cli.Tests.OutputSafety;

/// <summary>A throwaway folder with a valid two-cluster stack and apps, plus room for render output.</summary>
internal sealed class SafetyFleet : IDisposable
{
    /// <summary>Looks like a credential; placed where users paste secrets. It must never be printed or rendered.</summary>
    public const string PastedSecret = "AKIA-DO-NOT-LEAK-wJalrXUtnFEMI-K7MDENG";

    public const string TwoClusterStack = $$"""
        encryptionsalt: v1:{{PastedSecret}}
        config:
          aws:secretAccessKey:
            secure: v1:{{PastedSecret}}
          gcp:credentials: {{PastedSecret}}
          fleet:domain: dev.example.com
          fleet:clusters:
            - name: eks-use1
              provider: eks
              region: us-east-1
              kubernetesVersion: "1.33"
              apiAccessCidrs: [203.0.113.0/24]
              nodeGroups:
                - { name: general, instanceTypes: [m6i.large], minSize: 2, maxSize: 6 }
            - name: gke-euw1
              provider: gke
              project: acme-dev
              region: europe-west1
              kubernetesVersion: "1.33"
              apiAccessCidrs: [203.0.113.0/24]
              nodeGroups:
                - { name: general, instanceTypes: [e2-standard-4], minSize: 1, maxSize: 5 }
        """;

    public const string WebApp = """
        application:
          web:
            image: registry.example.com/acme/web:1.0.0
            ports:
              - 8080: true
            healthchecks:
              readiness_probe:
                type: { http: { port: 8080, path: /ready } }
            secrets:
              DATABASE_PASSWORD: { secret: web-db, key: password }
        """;

    public SafetyFleet(string stack = TwoClusterStack, string app = WebApp)
    {
        Root = Directory.CreateTempSubdirectory("fleet-safety-").FullName;
        Directory.CreateDirectory(AppsDirectory);
        WriteStack(stack);
        WriteApp(app);
    }

    public string Root { get; }

    public string StackFile => Path.Combine(Root, "Pulumi.safety.yaml");

    public string AppsDirectory => Path.Combine(Root, "apps");

    public string Output => Path.Combine(Root, "rendered");

    public void WriteStack(string yaml) => File.WriteAllText(StackFile, yaml);

    public void WriteApp(string yaml) => File.WriteAllText(Path.Combine(AppsDirectory, "web.yaml"), yaml);

    public CliRun Run(string command, params string[] extra) =>
        CliRun.Of([command, "--config", StackFile, "--apps", AppsDirectory, .. extra]);

    public CliRun Render(string? output = null) => Run("render", "--out", output ?? Output);

    /// <summary>Entries next to the output folder whose names mark a staging or previous-output folder.</summary>
    public string[] LeftoverTemporaryFolders(string? output = null) =>
        [.. Directory.EnumerateDirectories(Path.GetDirectoryName(output ?? Output)!)
            .Select(Path.GetFileName)
            .Where(name => name!.Contains(".staging-", StringComparison.Ordinal) || name.Contains(".previous-", StringComparison.Ordinal))
            .Select(name => name!)];

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
