package org.giswatch.platform.testing;

import static org.giswatch.platform.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.giswatch.contract.problem.ProblemType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The access matrix: for every write operation of a service, anonymous is 401 (with a Bearer challenge), a valid
 * token without the role is 403, and the right role succeeds. Operations run in the order given, so a service lists
 * create before update before delete.
 */
public abstract class WriteAccessContract {

    protected abstract List<WriteOperation> writes();

    @TestFactory
    List<DynamicTest> everyWriteNeedsItsRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (WriteOperation op : writes()) {
            tests.add(DynamicTest.dynamicTest(op.name(), () -> {
                assertProblem(op.send().apply(TestRequests.anonymous()).then(), ProblemType.UNAUTHORIZED)
                        .header("WWW-Authenticate", startsWith("Bearer"));
                assertProblem(op.send().apply(TestRequests.reader()).then(), ProblemType.FORBIDDEN);
                if (op.role().equals("admin")) {
                    assertProblem(op.send().apply(TestRequests.editor()).then(), ProblemType.FORBIDDEN);
                }
                var allowed = op.role().equals("admin") ? TestRequests.admin() : TestRequests.editor();
                assertEquals(op.successStatus(), op.send().apply(allowed).then().extract().statusCode(),
                        op.name() + " as " + op.role());
            }));
        }
        return tests;
    }
}
