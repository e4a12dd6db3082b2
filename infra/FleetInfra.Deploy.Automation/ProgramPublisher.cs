namespace FleetInfra.Deploy.Automation;

/// <summary>Builds the Pulumi program in <paramref name="programDirectory"/> into <paramref name="outputDirectory"/> and returns the path of its binary.</summary>
public delegate Task<string> ProgramPublisher(string programDirectory, string outputDirectory, CancellationToken cancellationToken);
