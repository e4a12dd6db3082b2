using System.CommandLine;
using FleetInfra.Deploy.Operator;
using FleetInfra.Deploy.Running;
using FleetInfra.Deploy.Targets;

namespace FleetInfra.Deploy.Commands;

/// <summary>
/// <c>fleet deploy operator-manifests</c>: per stack, a Pulumi Kubernetes Operator Stack with its workspace's service
/// account and auth-delegator binding, written as <c>DIR/&lt;stack&gt;.yaml</c>, for a management cluster that
/// reconciles the fleet continuously (production stacks preview-only by default). Needs no engine.
/// </summary>
internal static class OperatorManifestsCommand
{
    public static Command Create(DeployConsole console)
    {
        var targets = new TargetOptions();
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder for the Stack manifests, one file per stack", Required = true };
        var repository = new Option<string>("--repository") { Description = "Git URL the operator clones, like https://github.com/acme/fleet.git", Required = true };
        var branch = new Option<string>("--branch") { Description = "Branch the operator follows", DefaultValueFactory = _ => "main" };
        var projectPath = new Option<string>("--project-path") { Description = "Folder of Pulumi.yaml in the repository", DefaultValueFactory = _ => string.Empty };
        var kubernetesNamespace = new Option<string>("--namespace") { Description = "Namespace of the Stack objects in the management cluster", DefaultValueFactory = _ => "pulumi-operator" };
        var backend = new Option<string?>("--backend") { Description = "Self-managed state backend URL (s3://, gs://, azblob://); omit for Pulumi Cloud" };
        var organization = new Option<string?>("--organization") { Description = "Pulumi Cloud organization: stacks become ORG/<stack>" };
        var reconcileProduction = new Option<bool>("--reconcile-production")
        {
            Description = "Let the operator update production stacks too; without it they only preview (an operator update skips CI's reviewed plan and approval)",
        };
        var command = new Command("operator-manifests", "Write a Pulumi Kubernetes Operator Stack (pulumi.com/v1) per stack, with its workspace's service account; needs no engine");
        targets.AddTo(command);
        foreach (var option in new Option[] { output, repository, branch, projectPath, kubernetesNamespace, backend, organization, reconcileProduction })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            if (targets.ProjectRootOf(parseResult, out var rootError) is not { } root)
            {
                return console.Fail(rootError!, DeployExitCodes.Usage);
            }

            if (parseResult.GetValue(backend) is { } backendUrl && parseResult.GetValue(organization) is not null)
            {
                return console.Fail($"--organization is for Pulumi Cloud and --backend '{backendUrl}' is a self-managed backend; give one of them", DeployExitCodes.Usage);
            }

            var catalog = StackCatalog.Read(root);
            var (stacks, error) = TargetSelection.Resolve(catalog, parseResult.GetValue(targets.Stack) ?? [], parseResult.GetValue(targets.All), targets.ShardOf(parseResult));
            if (error is not null)
            {
                return console.Fail(error, DeployExitCodes.Usage);
            }

            var gate = ValidationGate.Check(catalog, stacks, console.Error);
            if (gate.Invalid.Count > 0)
            {
                return console.Fail($"not written: {string.Join(", ", gate.Invalid)} {(gate.Invalid.Count == 1 ? "is" : "are")} invalid (see above)", DeployExitCodes.Failure);
            }

            var settings = new OperatorSettings(
                parseResult.GetValue(repository)!, parseResult.GetValue(branch)!, parseResult.GetValue(projectPath)!.Trim('/'),
                parseResult.GetValue(kubernetesNamespace)!, parseResult.GetValue(backend), parseResult.GetValue(organization), parseResult.GetValue(reconcileProduction));
            var folder = parseResult.GetValue(output)!;
            try
            {
                folder.Create();
                foreach (var stack in gate.Valid)
                {
                    File.WriteAllText(Path.Combine(folder.FullName, $"{stack.Name}.yaml"), OperatorManifests.Yaml([stack], settings));
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return console.Fail($"{folder.FullName}: cannot write the manifests ({ex.Message})", DeployExitCodes.Failure);
            }

            var previewOnly = gate.Valid.Where(stack => OperatorManifests.IsPreviewOnly(stack, settings)).Select(stack => stack.Name).ToList();
            var note = previewOnly.Count == 0 ? string.Empty : $" (preview-only: {string.Join(", ", previewOnly)}; pass --reconcile-production to let the operator update them)";
            console.Output.WriteLine($"wrote {gate.Valid.Count} operator Stack{(gate.Valid.Count == 1 ? string.Empty : "s")} to {folder.FullName}{note}");
            return DeployExitCodes.Success;
        });
        return command;
    }
}
