import java.nio.charset.StandardCharsets;
import java.util.*;
import software.amazon.smithy.model.node.*;
import software.amazon.smithy.utils.SimpleCodeWriter;

/**
 * Test oracle only: Smithy's own code writer formatting texts with parameters in context, as
 * Smithy expands a parameterized @httpMalformedRequestTests case (one writer per matrix position,
 * every parameter put in its context, each string of the case formatted with it). Reads a JSON
 * array of jobs on stdin, each {"text": "...", "parameters": {"name": "value"}}, and prints a JSON
 * array of the formatted texts, in job order. Run: java -cp smithy-reference-loader.jar FormatWithParameters.java
 */
public class FormatWithParameters {
    public static void main(String[] args) throws Exception {
        String input = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        List<Node> out = new ArrayList<>();
        for (Node job : Node.parse(input).expectArrayNode().getElements()) {
            ObjectNode o = job.expectObjectNode();
            SimpleCodeWriter writer = new SimpleCodeWriter();
            for (Map.Entry<StringNode, Node> e : o.expectObjectMember("parameters").getMembers().entrySet()) {
                writer.putContext(e.getKey().getValue(), e.getValue().expectStringNode().getValue());
            }
            out.add(Node.from(writer.format(o.expectStringMember("text").getValue())));
        }
        System.out.write(Node.printJson(ArrayNode.fromNodes(out)).getBytes(StandardCharsets.UTF_8));
        System.out.flush();
    }
}
