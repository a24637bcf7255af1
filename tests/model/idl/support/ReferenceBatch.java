import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import software.amazon.smithy.model.*;
import software.amazon.smithy.model.loader.*;
import software.amazon.smithy.model.node.*;
import software.amazon.smithy.model.shapes.*;
import software.amazon.smithy.model.validation.*;

/**
 * Test oracle only: Smithy's reference loader over many independent models in one JVM start.
 * Reads a JSON array of jobs on stdin, each {"paths": [file or folder...], "sources": {"name": "IDL text"}},
 * and prints a JSON array of results, each {"ast": <JSON AST or null>, "events": [{severity, id, file, line,
 * column, message}]} (ERROR and DANGER events only), in job order. Folders are walked as the jar's own
 * entry point walks them (sorted, .smithy and .json). Run: java -cp smithy-reference-loader.jar ReferenceBatch.java
 */
public class ReferenceBatch {
    public static void main(String[] args) throws Exception {
        String input = new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        ArrayNode jobs = Node.parse(input).expectArrayNode();
        List<Node> results = new ArrayList<>();
        for (Node job : jobs.getElements()) results.add(run(job.expectObjectNode()));
        System.out.write(Node.printJson(ArrayNode.fromNodes(results)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        System.out.flush();
    }

    private static Node run(ObjectNode job) throws Exception {
        ModelAssembler assembler = Model.assembler().putProperty(ModelAssembler.ALLOW_UNKNOWN_TRAITS, true);
        for (Node p : job.getArrayMember("paths").map(ArrayNode::getElements).orElse(List.of())) {
            Path path = Paths.get(p.expectStringNode().getValue());
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path f : files.filter(x -> x.toString().endsWith(".smithy") || x.toString().endsWith(".json")).sorted().collect(Collectors.toList())) assembler.addImport(f);
                }
            } else {
                assembler.addImport(path);
            }
        }
        for (Map.Entry<String, Node> e : job.getObjectMember("sources").map(ObjectNode::getStringMap).orElse(Map.of()).entrySet()) {
            assembler.addUnparsedModel(e.getKey(), e.getValue().expectStringNode().getValue());
        }
        ObjectNode.Builder out = ObjectNode.builder();
        List<Node> events = new ArrayList<>();
        try {
            ValidatedResult<Model> result = assembler.assemble();
            for (ValidationEvent e : result.getValidationEvents()) {
                if (e.getSeverity() != Severity.ERROR && e.getSeverity() != Severity.DANGER) continue;
                SourceLocation at = e.getSourceLocation();
                events.add(ObjectNode.builder()
                        .withMember("severity", e.getSeverity().toString())
                        .withMember("id", e.getId())
                        .withMember("shapeId", e.getShapeId().map(Object::toString).orElse(""))
                        .withMember("file", at.getFilename())
                        .withMember("line", at.getLine())
                        .withMember("column", at.getColumn())
                        .withMember("message", e.getMessage())
                        .build());
            }
            out.withMember("ast", result.getResult().<Node>map(m -> ModelSerializer.builder().build().serialize(m)).orElse(Node.nullNode()));
        } catch (RuntimeException e) {
            out.withMember("ast", Node.nullNode());
            events.add(ObjectNode.builder().withMember("severity", "EXCEPTION").withMember("id", e.getClass().getSimpleName())
                    .withMember("shapeId", "").withMember("file", "").withMember("line", 0).withMember("column", 0)
                    .withMember("message", String.valueOf(e.getMessage())).build());
        }
        out.withMember("events", ArrayNode.fromNodes(events));
        return out.build();
    }
}
