namespace FleetInfra.Cli.Tests.BadInput;

/// <summary>
/// Bad inputs too large to commit, generated at run time: a 50 MB intent file and documents nested
/// far deeper than any real one. Each fails with one exact error, exit 1, and no render.
/// </summary>
public sealed class GeneratedBadInputTests : IDisposable
{
    private const string Stack = """
        config:
          fleet:domain: dev.example.com
          fleet:clusters:
            - name: eks-use1
              provider: eks
              region: us-east-1
              kubernetesVersion: "1.33"
              apiAccessCidrs: [203.0.113.0/24]
              nodeGroups:
                - { name: general, instanceTypes: [m6i.large], minSize: 2, maxSize: 6 }
        """;

    private const string Web = """
        application:
          web:
            image: registry.example.com/acme/web:1.0.0
            ports:
              - 8080: true
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("fleet-generated-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Validate_FiftyMegabyteIntentFile_IsRejectedBeforeReading()
    {
        WriteCase();
        using (var huge = File.Create(Path.Combine(_folder.FullName, "apps", "huge.yaml")))
        {
            var line = "# padding so that the file is far over the size limit\n"u8.ToArray();
            for (long written = 0; written < 50L * 1024 * 1024; written += line.Length)
            {
                huge.Write(line);
            }
        }

        var size = new FileInfo(Path.Combine(_folder.FullName, "apps", "huge.yaml")).Length;
        AssertRejected($"apps/huge.yaml:1:1: file is {size} bytes, over the limit of 4194304 bytes; split it into smaller files");
    }

    [Fact]
    public void Validate_HundredThousandNestedFlowLists_IsRejectedWithoutStackOverflow()
    {
        WriteCase();
        File.WriteAllText(Path.Combine(_folder.FullName, "apps", "deep.yaml"),
            "application: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        AssertRejected("apps/deep.yaml:1:45: nesting is deeper than 32 levels; flatten the document");
    }

    [Fact]
    public void Validate_FortyNestedMappingsInTheStackFile_IsRejected()
    {
        WriteCase();
        var nested = string.Concat(Enumerable.Range(0, 40).Select(i => $"{new string(' ', 4 + (2 * i))}level{i}:\n"));
        File.WriteAllText(Path.Combine(_folder.FullName, "Pulumi.case.yaml"), $"{Stack}\n  fleet:partOf:\n{nested}");

        AssertRejected("Pulumi.case.yaml:42:65: nesting is deeper than 32 levels; flatten the document");
    }

    private void WriteCase()
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "apps"));
        File.WriteAllText(Path.Combine(_folder.FullName, "Pulumi.case.yaml"), Stack);
        File.WriteAllText(Path.Combine(_folder.FullName, "apps", "web.yaml"), Web);
    }

    private void AssertRejected(string expectedError)
    {
        var output = Path.Combine(_folder.FullName, "out");

        var validate = BadInputCorpusTests.Validate(_folder.FullName);
        var render = BadInputCorpusTests.Render(_folder.FullName, output);

        Assert.All(new[] { validate, render }, result =>
        {
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(new[] { expectedError }, result.ErrorLinesRelativeTo(_folder.FullName));
            BadInputCorpusTests.AssertNoTraceAndNoSecret(result);
        });
        Assert.False(Directory.Exists(output), "a failed render created its output folder");
    }
}
